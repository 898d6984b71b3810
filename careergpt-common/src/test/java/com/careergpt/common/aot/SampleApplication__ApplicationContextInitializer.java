package com.careergpt.common.aot;

/** Stands for the initializer Spring AOT generates next to a processed application's main class. */
class SampleApplication__ApplicationContextInitializer {
}
