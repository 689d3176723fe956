// The browser libraries of the geokg page, bundled once into one IIFE by build.sh.
import Graph from "graphology";
import Sigma from "sigma";
import forceAtlas2 from "graphology-layout-forceatlas2";
import EdgeCurveProgram, { DEFAULT_EDGE_CURVATURE, EdgeCurvedArrowProgram, indexParallelEdgesIndex } from "@sigma/edge-curve";
import { EdgeArrowProgram, EdgeRectangleProgram } from "sigma/rendering";
import { feature } from "topojson-client";

window.geokgLib = { Graph, Sigma, forceAtlas2, EdgeCurveProgram, EdgeCurvedArrowProgram, DEFAULT_EDGE_CURVATURE,
                    EdgeArrowProgram, EdgeRectangleProgram, indexParallelEdgesIndex, feature };
