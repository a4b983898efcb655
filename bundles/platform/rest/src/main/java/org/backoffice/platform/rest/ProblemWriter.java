package org.backoffice.platform.rest;

import java.io.IOException;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Writes a problem straight to the servlet response, for answers given before Jersey is involved (401, 413). */
final class ProblemWriter {

    private ProblemWriter() {
    }

    static void write(ObjectMapper mapper, HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        Problem located = problem.withInstance(request.getRequestURI());
        response.setStatus(located.getStatus());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), located);
    }
}
