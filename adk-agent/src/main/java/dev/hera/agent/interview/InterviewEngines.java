package dev.hera.agent.interview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.hera.agent.model.Models;

/** The interview engine of this agent: the configured model with the offline engine behind it, or the offline engine alone. */
@ApplicationScoped
class InterviewEngines {

    @Produces
    @ApplicationScoped
    InterviewEngine engine(Models models, OfflineInterviewEngine offline, ObjectMapper json) {
        return models.model().<InterviewEngine> map(model -> new ModelInterviewEngine(model, offline, json)).orElse(offline);
    }
}
