// SPDX-License-Identifier: Apache-2.0
// Copyright 2026 the oms authors
package dev.oms.sample.shop;

import dev.oms.core.application.PortFailure;
import dev.oms.core.rejection.ProblemCode;
import dev.oms.core.rejection.Rejection;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error as an RFC 9457 problem detail ({@code application/problem+json}). A rejection by oms has the
 * type {@value #REJECTED}, the stable codes of every problem it names in {@code codes}, and each problem
 * (code, path of the field, message) in {@code problems}. Status: 404 for {@code UNKNOWN_ORDER}, 409 for
 * {@code CONCURRENT_MODIFICATION}, 422 for the rest (including {@code IDEMPOTENCY_KEY_REUSED}: the same
 * {@code Idempotency-Key} with another body). Spring MVC's own errors (a missing header, unreadable JSON)
 * keep Spring's problem details.
 */
@RestControllerAdvice
class ShopProblems extends ResponseEntityExceptionHandler {
    static final String REJECTED = "urn:oms:problem:rejected";
    static final String MALFORMED = "urn:oms:problem:malformed-request";
    static final String PORT_FAILURE = "urn:oms:problem:port-failure";

    @ExceptionHandler(Rejected.class)
    ProblemDetail rejected(Rejected rejected) {
        Rejection rejection = rejected.rejection();
        List<String> codes = rejection.codes().distinct().map(ProblemCode::name).toJavaList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status(rejection),
                rejection.problems().size() + " problem(s): " + String.join(", ", codes));
        problem.setType(URI.create(REJECTED));
        problem.setTitle("Rejected by oms");
        problem.setProperty("codes", codes);
        problem.setProperty("problems", rejection.problems()
                .map(p -> Map.of("code", p.code().name(), "path", p.path(), "message", p.message())).toJavaList());
        return problem;
    }

    /** A value oms refuses to build (a malformed price, an address without a street line, a blank id). */
    @ExceptionHandler({IllegalArgumentException.class, IllegalStateException.class})
    ProblemDetail malformed(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create(MALFORMED));
        problem.setTitle("Malformed request");
        return problem;
    }

    /** A port (payment, carrier) did not answer: the call stays recorded; repeating the request is safe. */
    @ExceptionHandler(PortFailure.class)
    ProblemDetail portFailure(PortFailure e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "a payment, carrier or stock system did not answer; repeat the request with the same Idempotency-Key");
        problem.setType(URI.create(PORT_FAILURE));
        problem.setTitle("Try again");
        return problem;
    }

    private static HttpStatus status(Rejection rejection) {
        if (rejection.has(ProblemCode.UNKNOWN_ORDER)) {
            return HttpStatus.NOT_FOUND;
        }
        return rejection.has(ProblemCode.CONCURRENT_MODIFICATION) ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT;
    }
}
