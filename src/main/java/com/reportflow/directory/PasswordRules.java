package com.reportflow.directory;

import com.reportflow.shared.InvalidInputException;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The strength rules every new password meets, whoever sets it: at least 10 characters and at most 128, at least
 * three of lower case, upper case, digits and other characters, no control characters, and not containing the
 * username. Each broken rule has its own message.
 */
final class PasswordRules {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final int MIN_CLASSES = 3;

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String OTHER = "-_.!@#%+=";
    private static final int GENERATED_LENGTH = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordRules() {}

    /** Throws the message of the first rule the password breaks. */
    public static void check(String password, String username) {
        if (password == null || password.isEmpty()) {
            throw new InvalidInputException("error.password.required");
        }
        if (password.length() > MAX_LENGTH) {
            throw new InvalidInputException("error.password.too-long", MAX_LENGTH);
        }
        for (int i = 0; i < password.length(); i++) {
            if (Character.isISOControl(password.charAt(i))) {
                throw new InvalidInputException("error.password.control-characters");
            }
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidInputException("error.password.too-short", MIN_LENGTH);
        }
        if (classes(password) < MIN_CLASSES) {
            throw new InvalidInputException("error.password.too-simple", MIN_CLASSES);
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("error.password.contains-username");
        }
    }

    /** A random password with all four kinds of character, without look-alikes (l, 1, O, 0), for one showing. */
    public static String generate() {
        StringBuilder password = new StringBuilder();
        for (String kind : new String[] {LOWER, UPPER, DIGITS, OTHER}) {
            password.append(kind.charAt(RANDOM.nextInt(kind.length())));
        }
        String all = LOWER + UPPER + DIGITS + OTHER;
        while (password.length() < GENERATED_LENGTH) {
            password.append(all.charAt(RANDOM.nextInt(all.length())));
        }
        for (int i = password.length() - 1; i > 0; i--) {
            int j = RANDOM.nextInt(i + 1);
            char c = password.charAt(i);
            password.setCharAt(i, password.charAt(j));
            password.setCharAt(j, c);
        }
        return password.toString();
    }

    private static int classes(String password) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
