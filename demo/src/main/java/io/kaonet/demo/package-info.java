/**
 * Kaonet's SYNTHETIC demo network: {@link io.kaonet.demo.DemoNetworkGenerator} builds a
 * deterministic, clearly labelled cluster network calibrated to the figures of METI's Industrial
 * Cluster Project and writes it as Kaonet CSV; {@link io.kaonet.demo.CordisExportGenerator}
 * writes a SYNTHETIC CORDIS export of Horizon 2020's size, with the quirks of the real files, for
 * testing and timing the CORDIS importer. Nothing in this package returns null collections;
 * optional attributes of the generated records are null when unknown, as in the domain model.
 */
package io.kaonet.demo;
