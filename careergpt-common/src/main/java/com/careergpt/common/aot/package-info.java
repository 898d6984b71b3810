/**
 * Spring AOT on the JVM, used only when it is safe: the build records which configuration the conditions of the
 * application context consulted ({@link ConsultedPropertiesRecorder}, {@link AotInputsContribution}), and a
 * service's {@code main} starts from the pre-computed context only when none of those inputs is set differently
 * at start ({@link AheadOfTimeStart}).
 */
package com.careergpt.common.aot;
