package vn.luatvui.server.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.LifecycleHandler;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.luatvui.server.AppConfig;

/**
 * Checks the Kubernetes manifests in {@code k8s/} without a cluster: every file is parsed into
 * the fabric8 Kubernetes model, which rejects values of the wrong type, and the resources are
 * checked against each other and against the variables the server actually reads.
 */
@DisplayName("The Kubernetes manifests in k8s/")
class KubernetesManifestsTest {

    /** Maven runs a module's tests with the module folder as working directory. */
    private static final Path K8S = Path.of("..", "k8s");

    private static final String NAMESPACE = "luatvui";
    private static final String APP_LABEL = "app.kubernetes.io/name";
    private static final String APP_NAME = "quiz-server";
    private static final String KUSTOMIZATION = "kustomization.yaml";
    private static final String SECRET_EXAMPLE = "secret.example.yaml";
    private static final String PLACEHOLDER = "CHANGE_ME";

    /** Read by the JVM itself rather than by {@link AppConfig}. */
    private static final Set<String> JVM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS");

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    /** Every resource of every manifest file (kustomization aside), by file name. */
    private static Map<String, List<HasMetadata>> manifests;
    private static GenericKubernetesResource kustomization;

    @BeforeAll
    static void readTheManifests() throws IOException {
        assertThat(K8S).as("k8s folder next to quiz-server").isDirectory();
        manifests = new LinkedHashMap<>();
        for (Path file : yamlFilesIn(K8S)) {
            String name = file.getFileName().toString();
            Object parsed = SERIALIZATION.unmarshal(Files.readString(file, StandardCharsets.UTF_8));
            if (name.equals(KUSTOMIZATION)) {
                kustomization = (GenericKubernetesResource) parsed;
            } else {
                manifests.put(name, resourcesOf(parsed, name));
            }
        }
        assertThat(kustomization).as(KUSTOMIZATION).isNotNull();
    }

    @Test
    void containEveryKindOfResourceTheServerNeeds() {
        assertThat(applied().map(HasMetadata::getKind))
                .containsExactlyInAnyOrder(
                        "Namespace", "ConfigMap", "Deployment", "Service", "Ingress",
                        "HorizontalPodAutoscaler", "PodDisruptionBudget", "NetworkPolicy");
        assertThat(manifests.get(SECRET_EXAMPLE))
                .as(SECRET_EXAMPLE)
                .singleElement()
                .isInstanceOf(Secret.class);
    }

    @Test
    void putEveryResourceInTheLuatvuiNamespace() {
        assertThat(the(Namespace.class).getMetadata().getName()).isEqualTo(NAMESPACE);
        assertThat(all().filter(resource -> !(resource instanceof Namespace)))
                .allSatisfy(resource -> assertThat(resource.getMetadata().getNamespace())
                        .as("namespace of %s", describe(resource))
                        .isEqualTo(NAMESPACE));
        assertThat(kustomization.<String>get("namespace")).isEqualTo(NAMESPACE);
    }

    @Test
    void labelEveryResourceAndSelectThePodsAsQuizServer() {
        assertThat(all().filter(resource -> !(resource instanceof Namespace)))
                .allSatisfy(resource -> assertThat(resource.getMetadata().getLabels())
                        .as("labels of %s", describe(resource))
                        .containsEntry(APP_LABEL, APP_NAME));
        Map<String, String> podLabels = deployment().getSpec().getTemplate().getMetadata().getLabels();
        assertThat(podLabels).containsAllEntriesOf(deployment().getSpec().getSelector().getMatchLabels());
        assertThat(podLabels).containsAllEntriesOf(the(Service.class).getSpec().getSelector());
        assertThat(podLabels).containsAllEntriesOf(
                the(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
    }

    @Test
    void probeTheHealthEndpointsOnTheNamedHttpPort() {
        Container server = container();
        assertThat(server.getLivenessProbe()).satisfies(probe -> assertGetOnHttpPort(probe, "/health/live"));
        assertThat(server.getReadinessProbe()).satisfies(probe -> assertGetOnHttpPort(probe, "/health/ready"));
        assertThat(server.getStartupProbe()).satisfies(probe -> assertGetOnHttpPort(probe, "/health/live"));
    }

    @Test
    void giveMigrationsAtLeastTwoMinutesBeforeLivenessChecksBegin() {
        Probe startup = container().getStartupProbe();
        assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThanOrEqualTo(120);
    }

    @Test
    void listenOnPort8080AsTheConfigMapSays() {
        int configuredPort = Integer.parseInt(config().get("HTTP_PORT"));
        assertThat(configuredPort).isEqualTo(8080);
        assertThat(httpPort().getContainerPort()).isEqualTo(configuredPort);
    }

    @Test
    void serveMetricsOnAPortTheServiceAndTheIngressDoNotExpose() {
        int metricsPort = Integer.parseInt(config().get("METRICS_PORT"));
        ContainerPort metrics = container().getPorts().stream().filter(port -> "metrics".equals(port.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("the container has no port named metrics"));
        assertThat(metrics.getContainerPort()).isEqualTo(metricsPort).isNotEqualTo(httpPort().getContainerPort());
        assertThat(deployment().getSpec().getTemplate().getMetadata().getAnnotations())
                .containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/port", String.valueOf(metricsPort))
                .containsEntry("prometheus.io/path", "/metrics");
        assertThat(the(Service.class).getSpec().getPorts())
                .noneMatch(port -> "metrics".equals(port.getTargetPort().getStrVal())
                        || Integer.valueOf(metricsPort).equals(port.getTargetPort().getIntVal()));
    }

    @Test
    void letOnlyTheIngressControllerReachTheHttpPortAndOnlyMonitoringTheMetricsPort() {
        NetworkPolicy policy = the(NetworkPolicy.class);
        assertThat(policy.getSpec().getPodSelector().getMatchLabels()).containsEntry(APP_LABEL, APP_NAME);
        assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
        List<NetworkPolicyIngressRule> rules = policy.getSpec().getIngress();
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.getFrom()).as("every rule names who").isNotEmpty()
                    .allSatisfy(peer -> assertThat(peer.getIpBlock()).as("no address block").isNull());
            assertThat(rule.getPorts()).as("every rule names its port").hasSize(1);
        });
        assertThat(sourcesOfPort(rules, "http")).singleElement().satisfies(peer -> {
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsEntry("kubernetes.io/metadata.name", "ingress-nginx");
            assertThat(peer.getPodSelector().getMatchLabels()).containsEntry(APP_LABEL, "ingress-nginx");
        });
        assertThat(sourcesOfPort(rules, "metrics")).singleElement().satisfies(peer -> assertThat(
                peer.getNamespaceSelector().getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring"));
        assertThat(policy.getSpec().getEgress()).flatExtracting(rule -> rule.getPorts())
                .extracting(port -> port.getPort().getIntVal())
                .containsExactlyInAnyOrder(53, 53, 5432, 6379);
    }

    @Test
    void serveMetricsOnEveryPodInterfaceOnlyBehindTheNetworkPolicy() {
        assertThat(config()).containsEntry("METRICS_HOST", "0.0.0.0");
        assertThat(the(NetworkPolicy.class)).isNotNull();
    }

    @Test
    void trustOnlyANarrowRangeOfProxiesNotTheWholePrivateNetwork() {
        String proxies = config().get("TRUSTED_PROXIES");
        assertThat(proxies).isNotBlank();
        for (String entry : proxies.split(",")) {
            String[] parts = entry.strip().split("/");
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : 32;
            assertThat(prefix).as("prefix length of " + entry + " (the Ingress controller's range only)")
                    .isGreaterThanOrEqualTo(20);
        }
    }

    private static List<NetworkPolicyPeer> sourcesOfPort(List<NetworkPolicyIngressRule> rules, String port) {
        return rules.stream()
                .filter(rule -> rule.getPorts().stream().anyMatch(p -> port.equals(p.getPort().getStrVal())))
                .flatMap(rule -> rule.getFrom().stream())
                .toList();
    }

    @Test
    void setOnlyVariablesTheServerReads() {
        Set<String> known = new HashSet<>(AppConfig.VARIABLES);
        known.addAll(JVM_VARIABLES);
        Set<String> set = new TreeSet<>(config().keySet());
        set.addAll(secretExampleValues().keySet());
        container().getEnv().stream().map(EnvVar::getName).forEach(set::add);
        assertThat(set).isNotEmpty().isSubsetOf(known);
    }

    @Test
    void takeTheEnvironmentFromTheConfigMapAndTheSecret() {
        List<EnvFromSource> sources = container().getEnvFrom();
        assertThat(sources).filteredOn(source -> source.getConfigMapRef() != null)
                .extracting(source -> source.getConfigMapRef().getName())
                .containsExactly(the(ConfigMap.class).getMetadata().getName());
        assertThat(sources).filteredOn(source -> source.getSecretRef() != null)
                .extracting(source -> source.getSecretRef().getName())
                .containsExactly(secretExample().getMetadata().getName());
    }

    @Test
    void keepConnectionSecretsOutOfTheConfigMap() {
        assertThat(secretExampleValues()).containsKeys("DATABASE_URL", "REDIS_URL");
        assertThat(config()).doesNotContainKeys(
                "DATABASE_URL", "REDIS_URL", "BOOTSTRAP_ADMIN_EMAIL", "BOOTSTRAP_ADMIN_PASSWORD");
    }

    @Test
    void runTheServerAgainstExternalPostgresqlAndRedis() {
        assertThat(config()).containsEntry("SERVICES_MODE", "external");
    }

    @Test
    void runTheContainerAsNonRootOnAReadOnlyFilesystem() {
        PodSpec pod = podSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getRunAsUser()).isEqualTo(10001L);
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");

        var container = container().getSecurityContext();
        assertThat(container.getRunAsNonRoot()).isTrue();
        assertThat(container.getRunAsUser()).isEqualTo(10001L);
        assertThat(container.getAllowPrivilegeEscalation()).isFalse();
        assertThat(container.getReadOnlyRootFilesystem()).isTrue();
        assertThat(container.getCapabilities().getDrop()).containsExactly("ALL");
        assertThat(container.getSeccompProfile().getType()).isEqualTo("RuntimeDefault");

        String tmpVolume = container().getVolumeMounts().stream()
                .filter(mount -> mount.getMountPath().equals("/tmp"))
                .findFirst().orElseThrow().getName();
        assertThat(pod.getVolumes()).filteredOn(volume -> volume.getName().equals(tmpVolume))
                .singleElement()
                .extracting(Volume::getEmptyDir)
                .isNotNull();
    }

    @Test
    void requestAndLimitCpuAndMemory() {
        var resources = container().getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources.getRequests().get(resource);
            Quantity limit = resources.getLimits().get(resource);
            assertThat(request).as("%s request", resource).isNotNull();
            assertThat(limit).as("%s limit", resource).isNotNull();
            assertThat(Quantity.getAmountInBytes(limit))
                    .as("%s limit is at least the request", resource)
                    .isGreaterThanOrEqualTo(Quantity.getAmountInBytes(request));
        }
    }

    @Test
    void waitLongerThanTheDrainAndTheServerShutdownBeforeKilling() {
        int preStopSleep = preStopSleepSeconds(container().getLifecycle().getPreStop());
        int shutdownGrace = Integer.parseInt(config().get("SHUTDOWN_GRACE_SECONDS"));
        assertThat(preStopSleep).as("preStop sleep lets the load balancer drain").isPositive();
        assertThat(podSpec().getTerminationGracePeriodSeconds())
                .isGreaterThan(shutdownGrace)
                .isGreaterThan((long) preStopSleep + shutdownGrace);
    }

    @Test
    void rollOutWithoutLosingCapacityAndSpreadReplicasOverNodes() {
        var spec = deployment().getSpec();
        assertThat(spec.getReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(spec.getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
        assertThat(podSpec().getTopologySpreadConstraints())
                .anySatisfy(spread -> assertThat(spread.getTopologyKey()).isEqualTo("kubernetes.io/hostname"));
    }

    @Test
    void exposeTheServiceOnPort80TargetingTheNamedHttpPort() {
        Service service = the(Service.class);
        assertThat(service.getSpec().getType()).isEqualTo("ClusterIP");
        assertThat(service.getSpec().getPorts()).singleElement().satisfies(port -> {
            assertThat(port.getPort()).isEqualTo(80);
            assertThat(port.getTargetPort().getStrVal()).isEqualTo(httpPort().getName());
        });
    }

    @Test
    void routeTheIngressToTheServiceWithWebSocketFriendlyTimeouts() {
        Ingress ingress = the(Ingress.class);
        Service service = the(Service.class);
        Set<String> servicePortNames = service.getSpec().getPorts().stream()
                .map(ServicePort::getName).collect(Collectors.toSet());

        assertThat(ingress.getSpec().getIngressClassName()).isEqualTo("nginx");
        assertThat(ingress.getSpec().getRules().stream().flatMap(rule -> rule.getHttp().getPaths().stream()))
                .isNotEmpty()
                .allSatisfy(path -> {
                    var backend = path.getBackend().getService();
                    assertThat(backend.getName()).isEqualTo(service.getMetadata().getName());
                    assertThat(backend.getPort().getName()).isIn(servicePortNames);
                })
                .extracting(HTTPIngressPath::getPath)
                .contains("/");
        assertThat(ingress.getMetadata().getAnnotations())
                .containsEntry("nginx.ingress.kubernetes.io/proxy-read-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-send-timeout", "3600")
                .containsEntry("nginx.ingress.kubernetes.io/proxy-buffering", "off")
                .containsKey("nginx.ingress.kubernetes.io/proxy-body-size");
    }

    @Test
    void serveThePublicBaseUrlOverTlsOnTheIngressHost() {
        Ingress ingress = the(Ingress.class);
        URI publicBaseUrl = URI.create(config().get("PUBLIC_BASE_URL"));
        List<String> ruleHosts = ingress.getSpec().getRules().stream().map(IngressRule::getHost).toList();
        List<String> tlsHosts = ingress.getSpec().getTls().stream()
                .flatMap(tls -> tls.getHosts().stream()).toList();

        assertThat(publicBaseUrl.getScheme()).isEqualTo("https");
        assertThat(ruleHosts).contains(publicBaseUrl.getHost());
        assertThat(tlsHosts).containsAll(ruleHosts);
        assertThat(ingress.getSpec().getTls()).extracting(IngressTLS::getSecretName).doesNotContainNull();
    }

    @Test
    void scaleTheDeploymentBetweenTwoAndTenReplicasAndScaleDownSlowly() {
        HorizontalPodAutoscaler autoscaler = the(HorizontalPodAutoscaler.class);
        var spec = autoscaler.getSpec();
        assertThat(spec.getScaleTargetRef().getKind()).isEqualTo("Deployment");
        assertThat(spec.getScaleTargetRef().getName()).isEqualTo(deployment().getMetadata().getName());
        assertThat(spec.getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(spec.getMaxReplicas()).isEqualTo(10);
        assertThat(spec.getMetrics()).anySatisfy(metric -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        });
        assertThat(spec.getBehavior().getScaleDown().getStabilizationWindowSeconds())
                .as("scale-down stabilisation, seconds")
                .isGreaterThanOrEqualTo(600);
    }

    @Test
    void allowNodeDrainsToTakeAtMostOneReplicaAtATime() {
        var budget = the(PodDisruptionBudget.class).getSpec();
        if (budget.getMaxUnavailable() != null) {
            assertThat(budget.getMaxUnavailable().getIntVal()).isEqualTo(1);
        } else {
            assertThat(budget.getMinAvailable().getIntVal()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void holdOnlyPlaceholdersInTheSecretExample() {
        assertThat(secretExampleValues()).isNotEmpty().allSatisfy((key, value) -> {
            assertThat(value).as(key).contains(PLACEHOLDER);
            // A placeholder host such as CHANGE_ME_HOST is no valid host name, so java.net.URI
            // reports neither host nor user info: split the authority by hand.
            String authority = URI.create(value).getRawAuthority();
            if (authority != null && authority.contains("@")) {
                String userInfo = authority.substring(0, authority.lastIndexOf('@'));
                String host = authority.substring(authority.lastIndexOf('@') + 1);
                assertThat(host).as("host in %s", key).startsWith(PLACEHOLDER);
                if (userInfo.contains(":")) {
                    assertThat(userInfo.substring(userInfo.indexOf(':') + 1))
                            .as("password in %s", key)
                            .startsWith(PLACEHOLDER);
                }
            }
        });
    }

    @Test
    void listEveryManifestInTheKustomizationExceptTheSecretExample() {
        Set<String> expected = new TreeSet<>(manifests.keySet());
        expected.remove(SECRET_EXAMPLE);
        assertThat(kustomization.<List<String>>get("resources"))
                .doesNotHaveDuplicates()
                .doesNotContain(SECRET_EXAMPLE)
                .containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void useNoFieldTheKubernetesModelDoesNotKnow() {
        List<String> unknown = new ArrayList<>();
        manifests.forEach((file, resources) -> resources.forEach(
                resource -> collectUnknownFields(resource, file + ": " + describe(resource), unknown)));
        assertThat(unknown).as("fields fabric8 kept as additional properties (typos?)").isEmpty();
    }

    @Test
    void haveNoUnknownFieldInTheDeploymentSpecTemplateOrContainer() {
        var spec = deployment().getSpec();
        assertThat(spec.getAdditionalProperties()).as("Deployment spec").isEmpty();
        assertThat(spec.getTemplate().getAdditionalProperties()).as("pod template").isEmpty();
        assertThat(spec.getTemplate().getSpec().getAdditionalProperties()).as("pod spec").isEmpty();
        assertThat(container().getAdditionalProperties()).as("container").isEmpty();
    }

    // --- reading the manifests ---

    private static List<Path> yamlFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(".*\\.ya?ml"))
                    .sorted()
                    .toList();
        }
    }

    /** One document parses to a resource, several (separated by ---) to a list of them. */
    private static List<HasMetadata> resourcesOf(Object parsed, String file) {
        List<?> documents = parsed instanceof List<?> list ? list : List.of(parsed);
        assertThat(documents).as("resources in %s", file)
                .isNotEmpty()
                .allSatisfy(document -> assertThat(document)
                        .isInstanceOf(HasMetadata.class)
                        .isNotInstanceOf(GenericKubernetesResource.class));
        return documents.stream().map(HasMetadata.class::cast).toList();
    }

    /** Resources that {@code kubectl apply -k} creates: everything but the secret example. */
    private static Stream<HasMetadata> applied() {
        return manifests.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(SECRET_EXAMPLE))
                .flatMap(entry -> entry.getValue().stream());
    }

    private static Stream<HasMetadata> all() {
        return manifests.values().stream().flatMap(List::stream);
    }

    private static <T extends HasMetadata> T the(Class<T> kind) {
        List<T> found = applied().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).extracting(KubernetesManifestsTest::describe)
                .as("applied resources of kind %s", kind.getSimpleName())
                .hasSize(1);
        return found.get(0);
    }

    private static Deployment deployment() {
        return the(Deployment.class);
    }

    private static PodSpec podSpec() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    private static Container container() {
        List<Container> containers = podSpec().getContainers();
        assertThat(containers).as("containers of the quiz-server pod").hasSize(1);
        return containers.get(0);
    }

    private static ContainerPort httpPort() {
        return container().getPorts().stream()
                .filter(port -> "http".equals(port.getName()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the container has no port named http"));
    }

    private static Map<String, String> config() {
        return the(ConfigMap.class).getData();
    }

    private static Secret secretExample() {
        return (Secret) manifests.get(SECRET_EXAMPLE).get(0);
    }

    /** stringData as written, data decoded from Base64. */
    private static Map<String, String> secretExampleValues() {
        Secret secret = secretExample();
        Map<String, String> values = new LinkedHashMap<>(secret.getStringData());
        secret.getData().forEach((key, encoded) ->
                values.put(key, new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8)));
        return values;
    }

    private static void assertGetOnHttpPort(Probe probe, String path) {
        assertThat(probe).as("probe for %s", path).isNotNull();
        HTTPGetAction get = probe.getHttpGet();
        assertThat(get.getPath()).isEqualTo(path);
        assertThat(get.getPort().getStrVal()).as("port of the probe for %s", path).isEqualTo("http");
    }

    /** Seconds of a preStop hook written as {@code sleep: {seconds: N}} or {@code exec: [sleep, N]}. */
    private static int preStopSleepSeconds(LifecycleHandler preStop) {
        assertThat(preStop).as("preStop hook").isNotNull();
        if (preStop.getSleep() != null) {
            return Math.toIntExact(preStop.getSleep().getSeconds());
        }
        List<String> command = preStop.getExec().getCommand();
        assertThat(command).as("preStop command").hasSize(2).first().isEqualTo("sleep");
        return Integer.parseInt(command.get(1));
    }

    private static String describe(HasMetadata resource) {
        return resource.getKind() + "/" + resource.getMetadata().getName();
    }

    /**
     * fabric8 keeps a field it does not know (a typo, a wrong indentation) in
     * {@code getAdditionalProperties()} instead of failing; walk the model and collect them.
     */
    private static void collectUnknownFields(Object node, String path, List<String> unknown) {
        if (node instanceof Collection<?> elements) {
            int index = 0;
            for (Object element : elements) {
                collectUnknownFields(element, path + "[" + index++ + "]", unknown);
            }
        } else if (node instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> collectUnknownFields(value, path + "[" + key + "]", unknown));
        } else if (node != null && node.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : node.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || !getter.getName().startsWith("get")
                        || getter.getDeclaringClass() == Object.class) {
                    continue;
                }
                Object value = invoke(getter, node);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) value).keySet().forEach(field -> unknown.add(path + "." + field));
                } else {
                    String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
                    collectUnknownFields(value, path + "." + field, unknown);
                }
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + getter, e);
        }
    }
}
