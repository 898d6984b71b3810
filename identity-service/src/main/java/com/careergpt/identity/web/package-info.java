/**
 * The clock, the OpenAPI document, and the client address abuse limits count against ({@code ClientAddresses}).
 */
@ApplicationModule(displayName = "Web")
package com.careergpt.identity.web;

import org.springframework.modulith.ApplicationModule;
