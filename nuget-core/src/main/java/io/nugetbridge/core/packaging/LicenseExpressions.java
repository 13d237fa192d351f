package io.nugetbridge.core.packaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of an SPDX license expression as NuGet accepts it in {@code <license type="expression">}:
 * license ids ({@code MIT}, {@code GPL-2.0-or-later}, {@code LicenseRef-…}, an optional trailing
 * {@code +}), the operators {@code AND}, {@code OR} and {@code WITH} (upper case, as SPDX and NuGet
 * require) and parentheses. Whether an id is on SPDX's list is not checked here: NuGet only warns
 * about unknown ids (nuget.org refuses them).
 */
final class LicenseExpressions {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.+\\-]+)");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9.\\-]+\\+?");

    private final List<String> tokens;
    private int next;

    private LicenseExpressions(List<String> tokens) {
        this.tokens = tokens;
    }

    /** Why the expression is not a valid one, or empty when it is. */
    static Optional<String> problem(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("the license expression is empty");
        }
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int end = 0;
        while (matcher.lookingAt()) {
            tokens.add(matcher.group(1));
            end = matcher.end();
            matcher.region(end, expression.length());
        }
        if (!expression.substring(end).isBlank()) {
            return Optional.of("'" + expression + "' is not an SPDX license expression: unexpected '"
                    + expression.substring(end).strip() + "'");
        }
        LicenseExpressions parser = new LicenseExpressions(tokens);
        String error = parser.orExpression();
        if (error == null && parser.next < tokens.size()) {
            String token = tokens.get(parser.next);
            error = "unexpected '" + token + "'" + (isOperator(token.toUpperCase(Locale.ROOT)) ? " (operators are upper case)" : "");
        }
        return error == null ? Optional.empty()
                : Optional.of("'" + expression + "' is not an SPDX license expression (such as 'MIT' or"
                        + " 'Apache-2.0 OR MIT'): " + error);
    }

    private String orExpression() {
        String error = andExpression();
        while (error == null && accept("OR")) {
            error = andExpression();
        }
        return error;
    }

    private String andExpression() {
        String error = withExpression();
        while (error == null && accept("AND")) {
            error = withExpression();
        }
        return error;
    }

    private String withExpression() {
        String error = primary();
        if (error == null && accept("WITH")) {
            String exception = take();
            if (exception == null || isOperator(exception) || !ID.matcher(exception).matches() || exception.endsWith("+")) {
                return "WITH must be followed by an exception id such as 'Classpath-exception-2.0'";
            }
        }
        return error;
    }

    private String primary() {
        String token = take();
        if (token == null) {
            return "it ends where a license id was expected";
        }
        if (token.equals("(")) {
            String error = orExpression();
            return error != null ? error : accept(")") ? null : "a '(' is not closed";
        }
        if (isOperator(token) || token.equals(")") || !ID.matcher(token).matches()) {
            boolean operatorCase = isOperator(token.toUpperCase(Locale.ROOT));
            return "'" + token + "' is where a license id was expected" + (operatorCase ? " (operators are upper case)" : "");
        }
        return null;
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private String take() {
        return next < tokens.size() ? tokens.get(next++) : null;
    }

    private static boolean isOperator(String token) {
        return token.equals("AND") || token.equals("OR") || token.equals("WITH");
    }
}
