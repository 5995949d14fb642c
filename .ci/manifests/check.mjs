// Checks the deployment files without a cluster or a container engine:
//  - every Kubernetes manifest (and the external-database variant, with its patches applied)
//    against the Kubernetes and CloudNativePG schemas;
//  - that the manifests, the Dockerfile, the compose file and nginx agree with one another and
//    with the jar the build makes: paths, ports, probes, labels, Secrets and setting names; health
//    and metrics only on the management port, which neither the Service nor nginx publishes;
//    forwarded headers believed from nginx alone, and set by it.
// Run from the repository root after `./mvnw package`: node .ci/manifests/check.mjs
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import jsonPatch from "fast-json-patch";
import { ConfigMap } from "kubernetes-models/v1/ConfigMap";
import { Secret } from "kubernetes-models/v1/Secret";
import { Service } from "kubernetes-models/v1/Service";
import { Deployment } from "kubernetes-models/apps/v1/Deployment";
import { Job } from "kubernetes-models/batch/v1/Job";
import { PodDisruptionBudget } from "kubernetes-models/policy/v1/PodDisruptionBudget";
import { Cluster } from "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io/v1/Cluster";

const MODELS = {
  "v1/ConfigMap": ConfigMap, "v1/Secret": Secret, "v1/Service": Service, "apps/v1/Deployment": Deployment,
  "batch/v1/Job": Job, "policy/v1/PodDisruptionBudget": PodDisruptionBudget, "postgresql.cnpg.io/v1/Cluster": Cluster,
};
const PORT = 8080;
/** Health and metrics (quarkus.management.*): for the platform, never published to users. */
const MANAGEMENT_PORT = 9000;
const failures = [];
const check = (ok, message) => { if (!ok) failures.push(message); };

const read = (path) => readFileSync(path, "utf8");
const documents = (path) => parseAllDocuments(read(path), { merge: true }).map((d) => d.toJS()).filter(Boolean);

function validate(resource, origin) {
  const model = MODELS[`${resource.apiVersion}/${resource.kind}`];
  if (!model) return check(false, `${origin}: no schema for ${resource.apiVersion} ${resource.kind}`);
  try {
    new model(resource).validate();
  } catch (e) {
    check(false, `${origin}: ${resource.kind} ${resource.metadata?.name}: ${e.message}`);
  }
}

/** The resources a kustomization lists, read recursively, with its JSON patches applied. */
function kustomize(dir) {
  const kustomization = documents(join(dir, "kustomization.yaml"))[0];
  const resources = [];
  for (const entry of kustomization.resources ?? []) {
    const path = join(dir, entry);
    check(existsSync(path), `${dir}/kustomization.yaml lists ${entry}, which does not exist`);
    if (!existsSync(path)) continue;
    if (existsSync(join(path, "kustomization.yaml"))) resources.push(...kustomize(path));
    else resources.push(...documents(path).map((r) => ({ ...r, origin: path })));
  }
  for (const patch of kustomization.patches ?? []) {
    const operations = documents(join(dir, patch.path))[0];
    for (const target of resources.filter((r) => r.kind === patch.target.kind)) {
      try {
        jsonPatch.applyPatch(target, operations, true, true);
      } catch (e) {
        check(false, `${dir}/${patch.path} does not apply to ${target.kind} ${target.metadata.name}: ${e.message}`);
      }
    }
  }
  return resources;
}

const defaultInstall = kustomize("k8s");
const externalInstall = kustomize("k8s/external-database");
const templates = documents("k8s/secret.template.yaml");
for (const resource of [...defaultInstall, ...externalInstall, ...templates]) validate(resource, resource.origin ?? "k8s");

const find = (resources, kind, name) => resources.find((r) => r.kind === kind && (!name || r.metadata.name === name));
const matches = (selector, labels) => Object.entries(selector).every(([k, v]) => labels[k] === v);

// The service: replicas, probes, resources, labels that the Service and the budget select.
for (const [install, resources] of [["k8s", defaultInstall], ["k8s/external-database", externalInstall]]) {
  const deployment = find(resources, "Deployment");
  const pod = deployment.spec.template;
  const container = pod.spec.containers[0];
  check(deployment.spec.replicas >= 2, `${install}: the Deployment must run at least 2 replicas`);
  check(matches(deployment.spec.selector.matchLabels, pod.metadata.labels), `${install}: Deployment selector`);
  for (const [probe, path] of [["startupProbe", "/q/health/started"], ["readinessProbe", "/q/health/ready"],
    ["livenessProbe", "/q/health/live"]]) {
    check(container[probe]?.httpGet?.path === path, `${install}: ${probe} must ask ${path}`);
    check(container[probe]?.httpGet?.port === "management", `${install}: ${probe} must ask the management port`);
  }
  check(container.resources?.requests?.cpu && container.resources?.requests?.memory && container.resources?.limits?.memory,
    `${install}: the service needs cpu and memory requests and a memory limit`);
  check(container.ports.some((p) => p.containerPort === PORT && p.name === "http"), `${install}: container port ${PORT}`);
  check(container.ports.some((p) => p.containerPort === MANAGEMENT_PORT && p.name === "management"),
    `${install}: container port ${MANAGEMENT_PORT} named management`);
  const scrape = pod.metadata.annotations ?? {};
  check(scrape["prometheus.io/port"] === String(MANAGEMENT_PORT) && scrape["prometheus.io/path"] === "/q/metrics",
    `${install}: Prometheus must scrape /q/metrics on port ${MANAGEMENT_PORT}`);
  const service = find(resources, "Service");
  check(matches(service.spec.selector, pod.metadata.labels), `${install}: the Service selects no service pod`);
  check(service.spec.ports.every((p) => p.targetPort === "http"),
    `${install}: the Service must target port http, and never the management port`);
  const budget = find(resources, "PodDisruptionBudget");
  check(budget && matches(budget.spec.selector.matchLabels, pod.metadata.labels), `${install}: the budget selects no pod`);
  check(!find(resources, "Job") || !matches(deployment.spec.selector.matchLabels, find(resources, "Job").spec.template.metadata.labels),
    `${install}: the migration Job's pods must not look like service pods`);

  // Every Secret referenced exists: the operator's, or one of the template's.
  const cluster = find(resources, "Cluster");
  const secretKeys = Object.fromEntries(templates.map((s) => [s.metadata.name, Object.keys(s.stringData)]));
  if (cluster) secretKeys[`${cluster.metadata.name}-app`] = ["username", "password"];
  for (const workload of resources.filter((r) => r.kind === "Deployment" || r.kind === "Job")) {
    for (const env of workload.spec.template.spec.containers[0].env ?? []) {
      const ref = env.valueFrom?.secretKeyRef;
      if (ref) check(secretKeys[ref.name]?.includes(ref.key), `${install}: ${workload.kind} reads ${ref.name}/${ref.key}, which nothing provides`);
    }
  }
  const config = find(resources, "ConfigMap", "disclosure-config");
  if (cluster) {
    const url = `jdbc:postgresql://${cluster.metadata.name}-rw:5432/${cluster.spec.bootstrap.initdb.database}`;
    check(config.data.QUARKUS_DATASOURCE_JDBC_URL === url, `${install}: the JDBC URL must be ${url}`);
  } else {
    const envs = deployment.spec.template.spec.containers[0].env.map((e) => e.name);
    check(envs.includes("QUARKUS_DATASOURCE_JDBC_URL"), `${install}: the external database's URL must come from its Secret`);
  }
}

// Setting names: each must be one the service reads (README's configuration table, or Quarkus's own).
const readme = read("README.md");
const QUARKUS = ["QUARKUS_HTTP_PORT", "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
  "QUARKUS_DATASOURCE_PASSWORD", "QUARKUS_DATASOURCE_JDBC_MAX_SIZE", "QUARKUS_FLYWAY_MIGRATE_AT_START",
  "QUARKUS_FLYWAY_VALIDATE_AT_START", "QUARKUS_INIT_AND_EXIT"];
function knownSetting(name, origin) {
  const known = QUARKUS.includes(name)
    || (name.startsWith("DISCLOSURE_") && readme.includes("`" + name.toLowerCase().replace(/^disclosure_/, "disclosure.").replaceAll("_", "-")))
    || readme.includes("`" + name + "`");
  check(known, `${origin}: ${name} is not a setting the service reads (README "Configuration")`);
  check(!name.startsWith("QUARKUS_") || readme.includes(name), `${origin}: ${name} is not documented in the README`);
}
for (const resource of [...defaultInstall, ...externalInstall]) {
  if (resource.kind === "ConfigMap") Object.keys(resource.data).forEach((n) => knownSetting(n, resource.origin));
  if (resource.kind === "Deployment" || resource.kind === "Job") {
    resource.spec.template.spec.containers[0].env?.forEach((e) => knownSetting(e.name, resource.origin));
  }
}

// The image: built from the fast-jar the build makes, on the same port.
const dockerfile = read("docker/Dockerfile");
const copies = [...dockerfile.matchAll(/^COPY\s+(?:--\S+\s+)*(\S+)\s+(\S+)/gm)].map((m) => m[1]);
check(copies.length > 0, "docker/Dockerfile copies nothing");
if (existsSync("target/quarkus-app")) {
  for (const source of copies) {
    const path = source.replace(/\*\.jar$/, "quarkus-run.jar");
    check(existsSync(path), `docker/Dockerfile copies ${source}, which the build does not make`);
  }
  for (const part of readdirSync("target/quarkus-app").filter((p) => !p.endsWith(".dat") && p !== "quarkus-app-dependencies.txt")) {
    check(copies.some((c) => c.startsWith(`target/quarkus-app/${part}`) || (part.endsWith(".jar") && c.endsWith("*.jar"))),
      `docker/Dockerfile leaves out target/quarkus-app/${part}`);
  }
} else {
  check(false, "target/quarkus-app is missing: run ./mvnw package first");
}
for (const [port, setting] of [[PORT, "QUARKUS_HTTP_PORT"], [MANAGEMENT_PORT, "QUARKUS_MANAGEMENT_PORT"]]) {
  check(new RegExp(`^EXPOSE ${port}$`, "m").test(dockerfile), `docker/Dockerfile must expose ${port}`);
  check(dockerfile.includes(`${setting}=${port}`), `docker/Dockerfile must set ${setting}=${port}`);
}
check(/^quarkus\.management\.enabled=true$/m.test(read("src/main/resources/application.properties")),
  "application.properties must serve health and metrics on the management interface");
check(/^USER (?!0\b|root\b)\S+/m.test(dockerfile), "docker/Dockerfile must run as a non-root user");
check(dockerfile.includes('"/deployments/quarkus-run.jar"') && dockerfile.includes("WORKDIR /deployments"),
  "docker/Dockerfile must start /deployments/quarkus-run.jar");

// The compose installation: two instances on one database, nginx in front on their port.
const compose = documents("docker/compose.yaml")[0];
const apps = Object.entries(compose.services).filter(([, s]) => s.build);
check(apps.length >= 2, "docker/compose.yaml must start two instances");
const db = compose.services.db.environment;
for (const [name, service] of apps) {
  const env = service.environment;
  check(env.QUARKUS_DATASOURCE_JDBC_URL === `jdbc:postgresql://db:5432/${db.POSTGRES_DB}`, `compose ${name}: JDBC URL`);
  check(env.QUARKUS_DATASOURCE_USERNAME === db.POSTGRES_USER, `compose ${name}: database user`);
  check(service.build.dockerfile === "docker/Dockerfile" && service.build.context === "..", `compose ${name}: build`);
  Object.keys(env).forEach((n) => knownSetting(n, `docker/compose.yaml ${name}`));
  const health = service.healthcheck.test.join(" ");
  check(health.includes(`/dev/tcp/127.0.0.1/${MANAGEMENT_PORT} `) && health.includes("GET /q/health/ready "),
    `compose ${name}: the healthcheck must ask /q/health/ready on port ${MANAGEMENT_PORT}`);
  check(!service.ports, `compose ${name}: only nginx publishes a port`);
}
const nginx = read("docker/nginx.conf");
for (const [name] of apps) check(nginx.includes(`server ${name}:${PORT}`), `docker/nginx.conf must send to ${name}:${PORT}`);
check(!nginx.includes(`:${MANAGEMENT_PORT}`), `docker/nginx.conf must not proxy the management port ${MANAGEMENT_PORT}`);
// The instances believe forwarded scheme, host and address from nginx alone, and nginx sets (or
// drops) each such header itself rather than passing on the client's.
const [proxy] = Object.entries(compose.services).find(([, s]) => s.image?.startsWith("nginx")) ?? [];
for (const [name, service] of apps) {
  check(service.environment.QUARKUS_HTTP_PROXY_TRUSTED_PROXIES === proxy, `compose ${name}: trust the proxy ${proxy} alone`);
}
for (const header of ["X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-Port", "X-Forwarded-Ssl", "Forwarded"]) {
  check(nginx.includes(`proxy_set_header ${header} `), `docker/nginx.conf must set ${header} itself`);
}

if (failures.length) {
  console.error([...new Set(failures)].map((f) => `✗ ${f}`).join("\n"));
  process.exit(1);
}
console.log(`manifests valid: ${defaultInstall.length} resources (k8s/), ${externalInstall.length} (k8s/external-database), `
  + `${templates.length} Secret templates; Dockerfile, compose and nginx agree with the build`);
