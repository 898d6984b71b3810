package com.careergpt.service.skills;

/** A word of a text as the taxonomy sees it, with its position. */
record Token(String lower, int start, int end) {
}
