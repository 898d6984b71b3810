package com.careergpt.service.sources;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WebhookRepository extends JpaRepository<Webhook, String> {

    List<Webhook> findByUserIdOrderByCreatedAt(String userId);

    void deleteBySourceId(String sourceId);
}
