/**
 * Publication: the confidentiality check, the disclosure metadata (索引号, 发文字号 …), the public pages and Atom feed
 * under /public/, corrections and withdrawal, and the record of the submission to the superior authority.
 */
package com.reportflow.publication;
