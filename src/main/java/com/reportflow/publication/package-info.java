/**
 * Publication: the confidentiality check, the disclosure metadata (索引号, 发文字号 …), the public pages under
 * /public/, and the record of the submission to the superior authority.
 */
package com.reportflow.publication;
