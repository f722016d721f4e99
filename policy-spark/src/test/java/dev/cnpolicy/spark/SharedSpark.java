package dev.cnpolicy.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one {@code local[2]} session of this module's tests, started by the first test that needs
 * it and stopped by Spark's shutdown hook when the test JVM exits.
 */
final class SharedSpark {

    private SharedSpark() {
    }

    static SparkSession session() {
        return Holder.SESSION;
    }

    private static final class Holder {
        static final SparkSession SESSION = PolicyExportJob.localSession("local[2]");

        static {
            SESSION.conf().set("spark.sql.shuffle.partitions", "2");
        }
    }
}
