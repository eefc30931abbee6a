// Compile-time check (npm run typecheck) that the published .d.ts and the implementation agree both ways.
import type * as Declared from './streamhub-adaptor';
import type * as Impl from './index';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [
    Same<Declared.PlaybackPlan, Impl.PlaybackPlan>,
    Same<Declared.StreamHubOptions, Impl.StreamHubOptions>,
    Same<Declared.JoinToken, Impl.JoinToken>,
    Same<Declared.PublishOptions, Impl.PublishOptions>,
    Same<Declared.Playback, Impl.Playback>,
    Same<Declared.PlayOptions, Impl.PlayOptions>,
    Same<Declared.StreamHubEvents, Impl.StreamHubEvents>,
    Same<
        Pick<Declared.StreamHub, 'app' | 'on' | 'joinToken' | 'playbackPlan' | 'publishCamera' | 'play'>,
        Pick<Impl.StreamHub, 'app' | 'on' | 'joinToken' | 'playbackPlan' | 'publishCamera' | 'play'>
    >,
    Same<ConstructorParameters<typeof Impl.StreamHub>, [Declared.StreamHubOptions]>,
] = [true, true, true, true, true, true, true, true, true];
export default checks;
