// The topology file parser (docs/topology-format.md): TopologyJson::parse on any bytes, the rule validator on what
// parses, and the serialiser's promise parse(serialize(t)) == t, with a serialisation that is stable.

#include "FuzzSupport.h"

#include "TopologyJson.h"
#include "TopologyValidator.h"

#include <QSet>

using namespace syncsites;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const Result<Topology> parsed = TopologyJson::parse(fuzz::bytes(data, size));
    if (!parsed) {
        FUZZ_CHECK(parsed.error().code == QLatin1String("topology_format"), "a refusal is a format error");
        return 0;
    }
    const Topology& topology = *parsed;

    // Every rule, with R7 checked for every store as if all of them held oms data.
    QSet<QString> allStores;
    for (const Store& store : topology.stores())
        allStores.insert(store.code);
    TopologyValidator::validate(topology);
    TopologyValidator::validate(topology, allStores);
    // The lookups the validator and routing lean on.
    for (const Site& site : topology.sites()) {
        FUZZ_CHECK(topology.site(site.name) != nullptr, "every site is found by its name");
        topology.activeStores(site.name);
        topology.hubFor(site.name, Category::Core);
        topology.hubFor(site.name, Category::Oms);
        for (const Store& store : topology.stores())
            topology.syncType(store.code, site.name);
    }

    const QByteArray text = TopologyJson::serialize(topology);
    const Result<Topology> again = TopologyJson::parse(text);
    FUZZ_CHECK(again.ok(), "what parse accepted serialises to a file parse accepts");
    FUZZ_CHECK(*again == topology, "parse(serialize(t)) == t");
    FUZZ_CHECK(TopologyJson::serialize(*again) == text, "serialize is stable");
    return 0;
}
