package io.streamhub.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.micronaut.context.BeanContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.streamhub.adapter.persistence.app.JdbcAppRepository;
import io.streamhub.adapter.persistence.files.FileAppWorkspace;
import io.streamhub.adapter.persistence.files.LocalHostProbe;
import io.streamhub.adapter.persistence.secret.EncryptedSecretStore;
import io.streamhub.adapter.persistence.tenant.JdbcTenantRepository;
import io.streamhub.adapter.persistence.token.JdbcApiTokenRepository;
import io.streamhub.adapter.persistence.user.JdbcUserRepository;
import io.streamhub.application.port.out.ApiTokenRepository;
import io.streamhub.application.port.out.AppRepository;
import io.streamhub.application.port.out.AppWorkspace;
import io.streamhub.application.port.out.HostProbe;
import io.streamhub.application.port.out.SecretStore;
import io.streamhub.application.port.out.TenantRepository;
import io.streamhub.application.port.out.TransactionRunner;
import io.streamhub.application.port.out.UserRepository;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The bootstrap's view: given the datasource settings and {@code streamhub.data-dir}, each port here resolves to one bean. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersistenceBeansTest implements TemporaryDataDir {
    @Inject
    BeanContext context;

    @Test
    void theContextHasExactlyOneAdapterForEachPortThisModuleImplements() {
        Map<Class<?>, Class<?>> adapters = Map.of(
                AppRepository.class, JdbcAppRepository.class,
                ApiTokenRepository.class, JdbcApiTokenRepository.class,
                TenantRepository.class, JdbcTenantRepository.class,
                UserRepository.class, JdbcUserRepository.class,
                SecretStore.class, EncryptedSecretStore.class,
                AppWorkspace.class, FileAppWorkspace.class,
                TransactionRunner.class, MicronautTransactionRunner.class,
                HostProbe.class, LocalHostProbe.class);

        adapters.forEach((port, adapter) -> assertInstanceOf(adapter, context.getBean(port), port.getSimpleName()));
    }
}
