/**
 * Forms as the pages show and send them: fields named by the API's JSON paths, labels and units for people, the typed values kept whatever the API answers, and the JSON body built from them.
 */
package org.aaregistry.web.form;
