package org.casework.web;

/** One option of a form's radios or select: the value sent and the label shown (a team, a worker). */
public record Choice(String value, String label) {
}
