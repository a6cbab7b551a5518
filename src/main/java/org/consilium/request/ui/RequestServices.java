package org.consilium.request.ui;

import org.consilium.attachment.Attachments;
import org.consilium.request.AnswerService;
import org.consilium.request.RequestReader;
import org.consilium.request.RequestService;
import org.springframework.stereotype.Component;

/** The services a request's page works through, handed to its parts together. */
@Component
record RequestServices(RequestReader reader, RequestService requests, AnswerService answers, Attachments attachments) {
}
