package com.careergpt.service.llm.remote;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.ai.ollama.OllamaChatModel;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.ai.openai.OpenAiChatModel;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring AI's OpenAI and Ollama chat models and Ollama's client are created on first use, not at start-up: the
 * built-in provider is the default and most instances never call a remote one. Their providers look them up through
 * an {@link org.springframework.beans.factory.ObjectFactory} when they are called (or, for Ollama, asked for its
 * status).
 */
@Configuration(proxyBeanMethods = false)
class RemoteChatModelsOnFirstUse {

    @Bean
    static BeanFactoryPostProcessor remoteChatModelsCreatedOnFirstUse() {
        return beanFactory -> Stream.of(OpenAiChatModel.class, OllamaChatModel.class, OllamaApi.class)
                .flatMap(type -> Arrays.stream(beanFactory.getBeanNamesForType(type, true, false)))
                .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
    }
}
