package org.throughline.testsupport.incontainer;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Test WAR only: runs Arquillian's test runner servlet with the test WAR's class loader as the thread's
 * context class loader. The runner finds its services through that loader; in a server that also runs
 * the product beside the test WAR, a pooled request thread was seen to carry another loader, and the
 * runner then found none ("NoSuchElementException" from TestRunners).
 */
@WebFilter("/ArquillianServletRunnerEE9")
public class TestRunnerClassLoader extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(TestRunnerClassLoader.class.getClassLoader());
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
