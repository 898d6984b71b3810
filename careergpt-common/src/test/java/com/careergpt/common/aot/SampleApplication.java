package com.careergpt.common.aot;

/** Stands for a service's main class whose build processed its context ahead of time. */
class SampleApplication {
}
