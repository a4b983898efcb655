/**
 * What leave and training need to know about employees, without depending on how employees are stored: who is
 * employed when, on which calendar, in which department, under which manager, and who the caller is. Implemented by
 * the employees subdomain ({@code hr.impl.employees}), used by {@code hr.impl.leave} and {@code hr.impl.training}.
 */
package org.backoffice.hr.impl.people;
