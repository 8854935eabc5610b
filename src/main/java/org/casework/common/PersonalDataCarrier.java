package org.casework.common;

/**
 * A response that is not itself one person's record but lists several people's (a dashboard naming frequent
 * presenters): each of them is audited as if it had been answered alone.
 */
public interface PersonalDataCarrier {

    Iterable<? extends PersonalData> personalData();
}
