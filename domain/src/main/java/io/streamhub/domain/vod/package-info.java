/** Recordings as VODs: the recording → uploading → ready | failed lifecycle and durable upload jobs. Plain Java only. */
package io.streamhub.domain.vod;
