package org.casework.support;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * External identifiers for test data. NHS numbers come from 999 000 0000 to 999 999 9999, a range never issued to a
 * patient, with their check digit worked out here from the NHS Data Dictionary rather than by the code under test.
 */
public final class Identifiers {

    private Identifiers() {
    }

    /** A new valid NHS number, ten digits. */
    public static String nhsNumber() {
        while (true) {
            StringBuilder digits = new StringBuilder("999");
            for (int i = 0; i < 6; i++) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (digits.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return digits.append(check).toString();
            }
        }
    }

    /** The NHS number as people write it: {@code 999 123 4567}. */
    public static String spaced(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    /** A new council housing reference in its normal form (upper case, no spaces). */
    public static String housingRef() {
        return "HR-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
