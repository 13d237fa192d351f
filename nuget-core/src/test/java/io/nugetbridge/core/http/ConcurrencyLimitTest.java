package io.nugetbridge.core.http;

import static io.nugetbridge.core.http.StubServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class ConcurrencyLimitTest {

    @Test
    void neverMoreThanMaxHttpRequestsPerSourceInFlight() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        CountDownLatch twoArrived = new CountDownLatch(2);
        CountDownLatch tooMany = new CountDownLatch(1);
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    int now = inFlight.incrementAndGet();
                    mostInFlight.accumulateAndGet(now, Math::max);
                    try {
                        if (now > 2) {
                            tooMany.countDown();
                        }
                        // The first two wait for each other: proof that two do run at once. Every request
                        // then lingers a little, long enough for a third to show up if the limit leaked.
                        twoArrived.countDown();
                        twoArrived.await(10, TimeUnit.SECONDS);
                        tooMany.await(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } finally {
                        inFlight.decrementAndGet();
                    }
                    respond(exchange, 200, "{}");
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withMaxRequestsPerSource(2))) {
            List<Future<Optional<byte[]>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                int n = i;
                calls.add(callers.submit(() -> client.getBytes(feed.uri("/p" + n), Endpoint.anonymous("feed"), 64)));
            }
            for (Future<Optional<byte[]>> call : calls) {
                assertThat(call.get(20, TimeUnit.SECONDS)).isPresent();
            }

            assertThat(feed.requests()).hasSize(6);
            assertThat(mostInFlight.get()).isEqualTo(2);
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void oneBusySourceDoesNotHoldUpAnother() throws Exception {
        CountDownLatch slowArrived = new CountDownLatch(1);
        CountDownLatch releaseSlow = new CountDownLatch(1);
        ExecutorService callers = Executors.newSingleThreadExecutor();
        try (StubServer feed = StubServer.start((exchange, index) -> {
                    if (exchange.getRequestURI().getPath().startsWith("/slow")) {
                        slowArrived.countDown();
                        try {
                            releaseSlow.await(20, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                    respond(exchange, 200, "{}");
                });
                NuGetHttpClient client = new NuGetHttpClient(TestSettings.quick(1).withMaxRequestsPerSource(1))) {
            Future<Optional<byte[]>> slow =
                    callers.submit(() -> client.getBytes(feed.uri("/slow"), Endpoint.anonymous("slow-feed"), 64));
            assertThat(slowArrived.await(20, TimeUnit.SECONDS)).isTrue();

            assertThat(client.getBytes(feed.uri("/fast"), Endpoint.anonymous("fast-feed"), 64)).isPresent();

            releaseSlow.countDown();
            assertThat(slow.get(20, TimeUnit.SECONDS)).isPresent();
        } finally {
            callers.shutdownNow();
        }
    }
}
