package io.streamhub.application.port.in;

import io.streamhub.domain.access.Principal;
import io.streamhub.domain.app.App;
import io.streamhub.domain.app.AppName;
import java.util.List;

/** Driving ports for the app registry. */
public final class AppUseCases {
    private AppUseCases() {
    }

    public interface CreateAppUseCase {
        App create(CreateAppCommand command);
    }

    public interface ListAppsUseCase {
        /** The apps the principal may see, sorted by name. */
        List<App> list(Principal actor);
    }

    public interface GetAppUseCase {
        App get(AppName name);
    }

    public interface UpdateAppUseCase {
        AppView update(UpdateAppCommand command);
    }

    public interface DeleteAppUseCase {
        void delete(DeleteAppCommand command);
    }

    public interface GetAppConfigUseCase {
        AppView config(AppName name);
    }

    public interface UpdateAppConfigUseCase {
        AppView updateConfig(UpdateAppCommand command);
    }
}
