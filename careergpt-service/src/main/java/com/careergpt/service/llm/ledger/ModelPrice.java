package com.careergpt.service.llm.ledger;

/** List price of a model in USD per million tokens, read in and written out. */
public record ModelPrice(double input, double output) {
}
