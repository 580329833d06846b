/**
 * What every page shares: rendering (Thymeleaf), the layout's signed-in user and role-based navigation, the code lists, CSRF protection, security headers, and failures turned into pages in plain words.
 */
package org.aaregistry.web.page;
