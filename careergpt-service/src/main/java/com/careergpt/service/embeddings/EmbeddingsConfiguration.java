package com.careergpt.service.embeddings;

import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.ollama.OllamaEmbeddingModel;
import org.springframework.ai.openai.OpenAiEmbeddingModel;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddingProperties.class)
class EmbeddingsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    BundledEmbeddingModel bundledEmbeddingModel() {
        BundledEmbeddingModel model = new BundledEmbeddingModel();
        model.loadInBackground();
        return model;
    }

    @Bean
    TextEmbedder textEmbedder(EmbeddingProperties properties, BundledEmbeddingModel bundled,
            ObjectProvider<OpenAiEmbeddingModel> openAi, ObjectProvider<OllamaEmbeddingModel> ollama) {
        EmbeddingModel model = switch (properties.provider()) {
            case BUILTIN -> bundled;
            case OPENAI -> required(openAi.getIfAvailable(), "openai");
            case OLLAMA -> required(ollama.getIfAvailable(), "ollama");
        };
        return new ModelTextEmbedder(model, properties.modelName(), properties.maxTextChars(), properties.batchSize());
    }

    private static EmbeddingModel required(EmbeddingModel model, String provider) {
        if (model == null) {
            throw new IllegalStateException("careergpt.embeddings.provider=" + provider + " needs Spring AI's "
                    + provider + " embedding model: set spring.ai.model.embedding=" + provider
                    + " (CAREERGPT_EMBEDDINGS_PROVIDER sets both).");
        }
        return model;
    }
}
