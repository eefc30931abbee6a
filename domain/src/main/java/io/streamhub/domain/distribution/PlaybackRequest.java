package io.streamhub.domain.distribution;

import java.util.Optional;

/** Everything the {@link PlaybackPlanner} decides from: the app's distribution settings and the moment's facts. */
public record PlaybackRequest(DistributionConfig config, Audience audience, ViewerRole role, Optional<String> region,
                              NodeSnapshot nodes) {
}
