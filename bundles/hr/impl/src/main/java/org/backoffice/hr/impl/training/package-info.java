/**
 * Training on JPA (tables HR_TRAINING_*, HR_CERT*): courses, sessions, enrolments with the waiting list,
 * certifications, position requirements and the expiry notices already sent. Rules are pure classes
 * ({@link org.backoffice.hr.impl.training.TrainingRules}); employees are read through
 * {@link org.backoffice.hr.impl.people.Employments}.
 */
package org.backoffice.hr.impl.training;
