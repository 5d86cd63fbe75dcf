package org.apache.hadoop.conf;

/** Stand-in for Hadoop's Configurable: ReflectionUtils.newInstance calls setConf on the new object before returning it. */
public interface Configurable {
    void setConf(Configuration conf);

    Configuration getConf();
}
