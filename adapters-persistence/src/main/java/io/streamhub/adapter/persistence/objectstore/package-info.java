/**
 * Object storage: apps' S3-compatible buckets through the AWS SDK v2 (JDK HTTP client). It sits
 * in the persistence adapter because a bucket is where an app's recordings rest, next to its VOD
 * rows and local files; the SDK stays in this package (ArchUnit).
 */
package io.streamhub.adapter.persistence.objectstore;
