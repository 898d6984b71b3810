package com.careergpt.service.embeddings;

import java.util.ArrayList;
import java.util.List;

import org.springframework.ai.embedding.Embedding;
import org.springframework.ai.embedding.EmbeddingModel;
import org.springframework.ai.embedding.EmbeddingOptions;
import org.springframework.ai.embedding.EmbeddingRequest;

/**
 * A {@link TextEmbedder} over any Spring AI {@link EmbeddingModel}: the bundled one or a remote provider's. Texts
 * are cut to a maximum length and sent in batches; the model name goes with every request so the configured model,
 * not the provider's default, answers.
 */
final class ModelTextEmbedder implements TextEmbedder {

    private final EmbeddingModel model;
    private final String modelName;
    private final int maxTextChars;
    private final int batchSize;

    ModelTextEmbedder(EmbeddingModel model, String modelName, int maxTextChars, int batchSize) {
        this.model = model;
        this.modelName = modelName;
        this.maxTextChars = maxTextChars;
        this.batchSize = batchSize;
    }

    @Override
    public String model() {
        return modelName;
    }

    @Override
    public List<float[]> embed(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += batchSize) {
            List<String> batch = texts.subList(from, Math.min(texts.size(), from + batchSize)).stream()
                    .map(this::cut).toList();
            EmbeddingRequest request = new EmbeddingRequest(batch, EmbeddingOptions.builder().model(modelName).build());
            List<Embedding> answers = model.call(request).getResults();
            if (answers.size() != batch.size()) {
                throw new IllegalStateException("The embedding model " + modelName + " returned " + answers.size()
                        + " vectors for " + batch.size() + " texts");
            }
            answers.stream().sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                    .forEach(answer -> vectors.add(Vectors.unit(answer.getOutput())));
        }
        return vectors;
    }

    private String cut(String text) {
        String value = text == null || text.isBlank() ? " " : text;
        return value.length() <= maxTextChars ? value : value.substring(0, maxTextChars);
    }
}
