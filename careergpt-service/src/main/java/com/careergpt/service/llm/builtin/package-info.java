/**
 * The built-in provider: in-process rules, the skills taxonomy and the bundled embedding model, no network.
 */
@NamedInterface("builtin")
package com.careergpt.service.llm.builtin;

import org.springframework.modulith.NamedInterface;
