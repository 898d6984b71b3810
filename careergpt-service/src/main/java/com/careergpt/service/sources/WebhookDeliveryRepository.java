package com.careergpt.service.sources;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookDeliveryRepository extends JpaRepository<WebhookDelivery, String> {

    long countByDeliveryId(String deliveryId);

    List<WebhookDelivery> findByUserIdOrderByDeliveredAtDesc(String userId, Pageable page);

    List<WebhookDelivery> findByUserIdAndSourceIdOrderByDeliveredAtDesc(String userId, String sourceId, Pageable page);
}
