package cn.gov.disclosure.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, with the mailer pointed at it and
 * its mock turned off, so that the letters served by e-mail travel over SMTP as in production. It
 * serves the whole suite ({@code TestResourceScope.GLOBAL} where it is declared): one application
 * start for every test, and a server that tests which send no mail never notice. A test reads
 * what arrived through a field annotated {@link InjectMailServer}.
 */
public class MailServer implements QuarkusTestResourceLifecycleManager {

    /** The sender the service's mail comes from in the tests. */
    public static final String FROM = "gongkai@ningjin.example.gov.cn";

    /** Marks the test's {@link GreenMail} field that receives the running server. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectMailServer {
    }

    private GreenMail server;

    @Override
    public Map<String, String> start() {
        server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return Map.of("quarkus.mailer.mock", "false",
                "quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", Integer.toString(server.getSmtp().getPort()),
                "quarkus.mailer.from", FROM,
                "quarkus.mailer.start-tls", "DISABLED");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(InjectMailServer.class,
                GreenMail.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
