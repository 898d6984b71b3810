/**
 * Market reports over the stored jobs and their filters.
 */
@NamedInterface("market")
package com.careergpt.service.analytics.market;

import org.springframework.modulith.NamedInterface;
