/** Apps in the global store ({@code apps}): rows, their repository, mapping and the {@link io.streamhub.application.port.out.AppRepository} adapter. */
package io.streamhub.adapter.persistence.app;
