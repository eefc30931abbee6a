/** VODs and their upload jobs in each app's own database; recording files and ffmpeg/ffprobe on local disk. */
package io.streamhub.adapter.persistence.vod;
