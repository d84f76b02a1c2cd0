/**
 * Demo mode only: the demo's history (sessions, reflections, supervision, a break-glass), written once
 * at start-up through the application's own services by {@code @RunAs} actors that stand for the demo
 * accounts and refuse to act outside demo mode.
 */
package org.throughline.demo;
