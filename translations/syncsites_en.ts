<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>SyncFailure</name>
    <message numerus="yes">
        <source>%n record(s) could not be synced and are kept in the quarantine: %1</source>
        <translation>
            <numerusform>%n record could not be synced and is kept in the quarantine: %1</numerusform>
            <numerusform>%n records could not be synced and are kept in the quarantine: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::AuditPanel</name>
    <message numerus="yes">
        <source>%n change(s) shown.</source>
        <translation>
            <numerusform>%n change shown.</numerusform>
            <numerusform>%n changes shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) shown; that is all.</source>
        <translation>
            <numerusform>%n change shown; that is all.</numerusform>
            <numerusform>%n changes shown; that is all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::DataPageActions</name>
    <message numerus="yes">
        <source>Deleted %1 from %2, with the %n record(s) that belonged to it. The delete is sent at the next sync.</source>
        <translation>
            <numerusform>Deleted %1 from %2, with the %n record that belonged to it. The delete is sent at the next sync.</numerusform>
            <numerusform>Deleted %1 from %2, with the %n records that belonged to it. The delete is sent at the next sync.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SettingsDialog</name>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SiteTableModel</name>
    <message numerus="yes">
        <source>%n store(s) Active on this site</source>
        <translation>
            <numerusform>%n store Active on this site</numerusform>
            <numerusform>%n stores Active on this site</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoreListModel</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::StoresPage</name>
    <message numerus="yes">
        <source>%n sync-type change(s) on the Stores page are not applied to the hub yet.</source>
        <translation>
            <numerusform>%n sync-type change on the Stores page is not applied to the hub yet.</numerusform>
            <numerusform>%n sync-type changes on the Stores page are not applied to the hub yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n rule(s) broken&lt;/b&gt; — click one to go to its cell:</source>
        <translation>
            <numerusform>&lt;b&gt;%n rule broken&lt;/b&gt; — click it to go to its cell:</numerusform>
            <numerusform>&lt;b&gt;%n rules broken&lt;/b&gt; — click one to go to its cell:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending change(s)</source>
        <translation>
            <numerusform>%n pending change</numerusform>
            <numerusform>%n pending changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n store(s)</source>
        <translation>
            <numerusform> in %n store</numerusform>
            <numerusform> in %n stores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n change(s)&lt;/b&gt; to the network as loaded (revision %1):</source>
        <translation>
            <numerusform>&lt;b&gt;%n change&lt;/b&gt; to the network as loaded (revision %1):</numerusform>
            <numerusform>&lt;b&gt;%n changes&lt;/b&gt; to the network as loaded (revision %1):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::SyncPage</name>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trying again in %n minute(s).</source>
        <translation>
            <numerusform>Trying again in %n minute.</numerusform>
            <numerusform>Trying again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncsites::ui::TopologyFileTab</name>
    <message numerus="yes">
        <source>The hub&apos;s network: %n site(s), </source>
        <translation>
            <numerusform>The hub&apos;s network: %n site, </numerusform>
            <numerusform>The hub&apos;s network: %n sites, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n store(s) </source>
        <translation>
            <numerusform>%n store </numerusform>
            <numerusform>%n stores </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file breaks %n rule(s) of the network, listed above. Fix them and import it again; nothing was changed.</source>
        <translation>
            <numerusform>The file breaks %n rule of the network, listed above. Fix it and import the file again; nothing was changed.</numerusform>
            <numerusform>The file breaks %n rules of the network, listed above. Fix them and import it again; nothing was changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file changes what %n store/site pair(s) hold, listed above; review and apply.</source>
        <translation>
            <numerusform>The file changes what %n store/site pair holds, listed above; review and apply.</numerusform>
            <numerusform>The file changes what %n store/site pairs hold, listed above; review and apply.</numerusform>
        </translation>
    </message>
</context>
</TS>
