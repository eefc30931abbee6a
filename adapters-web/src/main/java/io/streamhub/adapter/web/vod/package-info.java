/** An app's VODs: list, show with a freshly presigned URL, delete. */
package io.streamhub.adapter.web.vod;
