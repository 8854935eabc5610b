package org.casework.common;

import java.util.List;

/** One page of a list: the items and a link to the next page, or null on the last page. */
public record Page<T>(List<T> items, String next) {
}
