//! Operations: the configuration file, the metrics the bot counts, and the HTTP listener for
//! health checks and Prometheus.

pub mod config;
pub mod http;
pub mod metrics;
