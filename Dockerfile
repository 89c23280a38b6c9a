# exbench CLI image: `docker run … exbench ollama-bench …` (see README, "Docker").

# Build: install the locked dependencies and bundle the CLI with ncc (npm run build).
FROM node:24-bookworm-slim AS build
WORKDIR /src
COPY package.json package-lock.json ./
# --ignore-scripts: the prepare script links a clone's bin, which a build does not need.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/ascii-bundles.mjs scripts/merge-licenses.mjs ./scripts/
COPY src ./src
RUN npm run build

# Runtime: Node, Python 3 for generated code, bubblewrap (and util-linux's prlimit) for the sandbox.
FROM node:24-bookworm-slim
RUN apt-get update \
    && apt-get install -y --no-install-recommends python3 bubblewrap util-linux \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /opt/exbench
COPY --from=build /src/dist/cli ./dist/cli
COPY package.json ./
RUN chmod 0755 dist/cli/index.js && ln -s /opt/exbench/dist/cli/index.js /usr/local/bin/exbench
# The image's `node` user (uid 1000): generated code never runs as root, even unsandboxed.
USER node
WORKDIR /work
ENTRYPOINT ["exbench"]
CMD ["--help"]
